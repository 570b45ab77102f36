// Kept in step with package.json by a test; read from here so the bundle needs no JSON import.
export const ACTION_NAME = 'deepseek-balance-action'
export const ACTION_VERSION = '1.1.0'
export const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION}`
