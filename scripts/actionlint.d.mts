export function markdownWorkflows(markdown: string): { firstLine: number; text: string }[]

export function lint(paths: string[]): Promise<string[]>
