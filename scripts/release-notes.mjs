// `node scripts/release-notes.mjs v1.2.3`: prints the CHANGELOG.md entry of that version, the
// notes of its GitHub Release. Fails, saying what to fix, when the tag is not `v` + the version in
// package.json or CHANGELOG.md has no entry for it (release.yml runs this before anything else).
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Throws unless `tag` is `v` followed by `version` (package.json's). */
export function checkTag(tag, version) {
  if (!/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(tag))
    throw new Error(`'${tag}' is not a version tag such as v1.2.3 or v1.2.3-rc.1.`)
  if (tag !== `v${version}`)
    throw new Error(
      `The tag ${tag} does not match package.json's version ${version}: ` +
        `tag v${version}, or bump the version (package.json and src/base/version.ts) first.`
    )
}

/** The body of the `## [version] - date` entry, without its heading; throws when missing. */
export function changelogEntry(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const heading = new RegExp(String.raw`^## \[${version.replace(/[.+]/g, '\\$&')}\](\s|$)`)
  const start = lines.findIndex(line => heading.test(line))
  if (start === -1)
    throw new Error(
      `CHANGELOG.md has no '## [${version}] - YYYY-MM-DD' entry: ` +
        `move the Unreleased notes under one.`
    )
  const rest = lines.slice(start + 1)
  const end = rest.findIndex(line => /^## /.test(line) || /^\[[^\]]+\]:\s/.test(line))
  const body = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim()
  if (body === '') throw new Error(`The CHANGELOG.md entry for ${version} is empty.`)
  return body
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const tag = process.argv[2] ?? ''
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    checkTag(tag, version)
    console.log(changelogEntry(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version))
  } catch (error) {
    console.error(`::error::${error.message}`)
    process.exitCode = 1
  }
}
