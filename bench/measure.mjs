// The benchmark's tools: timing a child process, its peak memory, Node binaries, statistics.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

const GNU_TIME = '/usr/bin/time'
const KILL_AFTER_MS = 60_000

/** This process's Node, and Node `major` from the npm registry (through npx, cached by npm). */
export function runtimes(major) {
  const local = { name: `Node ${process.version}`, path: process.execPath }
  if (process.versions.node.startsWith(`${major}.`)) return [local]
  const found = spawnSync(
    'npx',
    ['-y', '-p', `node@${major}`, 'node', '-p', 'process.version + " " + process.execPath'],
    { encoding: 'utf8' }
  )
  const [version, path] = found.stdout.trim().split(' ')
  if (found.status !== 0 || !path) throw new Error(`npx -p node@${major} failed:\n${found.stderr}`)
  return [local, { name: `Node ${version}`, path }]
}

/** Runs `node args` with `env` and resolves with the exit code, output and ms from spawn to exit. */
export function timedRun(node, args, env, wrap = (file, rest) => [file, rest]) {
  const [file, rest] = wrap(node, args)
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(file, rest, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const result = { exitCode: null, elapsedMs: 0, output: '' }
    const collect = chunk => (result.output += chunk)
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS)
    child.on('error', reject)
    child.on('exit', code => {
      result.elapsedMs = Number(process.hrtime.bigint() - started) / 1e6
      result.exitCode = code
    })
    child.on('close', () => {
      clearTimeout(killer)
      resolve(result)
    })
  })
}

/**
 * How to read a child's peak RSS (MiB) from `file`: GNU time asks the kernel and runs no code in
 * the child; without it, a preload writes process.resourceUsage().maxRSS at exit (which loads the
 * ES module loader: about 3 MiB more for `node -e 0`, nothing more for the ES module actions).
 */
export function peakMemoryProbe(file) {
  const hasGnuTime = spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0
  const preload = fileURLToPath(new URL('maxrss-preload.mjs', import.meta.url))
  return {
    method: hasGnuTime ? 'GNU time %M' : 'a preload writing process.resourceUsage().maxRSS',
    env: { BENCH_MAXRSS_FILE: file },
    wrap: hasGnuTime
      ? (node, args) => [GNU_TIME, ['-f', '%M', '-o', file, node, ...args]]
      : (node, args) => [node, ['--import', preload, ...args]],
    read: () => Number(readFileSync(file, 'utf8').trim()) / 1024
  }
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const quantile = q => {
    const at = (sorted.length - 1) * q
    const below = Math.floor(at)
    const above = Math.min(below + 1, sorted.length - 1)
    return sorted[below] + (sorted[above] - sorted[below]) * (at - below)
  }
  return { median: quantile(0.5), p90: quantile(0.9), max: sorted.at(-1) }
}

/** The list turned by `by` places, so that no entry always runs right after the same other. */
export function rotate(list, by) {
  const shift = by % list.length
  return [...list.slice(shift), ...list.slice(0, shift)]
}

export function describeMachine() {
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: (os.totalmem() / 1024 ** 3).toFixed(1),
    platform: `${process.platform} ${process.arch}`,
    loadBefore: os.loadavg()[0]
  }
}

/** A Markdown table: the first `left` columns aligned left, the others right. */
export function markdownTable(header, rows, left = 1) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map(row => row[i].length)))
  const pad = (cell, i) => (i < left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))
  const line = cells => `| ${cells.map(pad).join(' | ')} |`
  const rule = widths.map((width, i) =>
    i < left ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`
  )
  return [line(header), line(rule), ...rows.map(line)].join('\n')
}

export function positiveInteger(name, fallback) {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  if (!/^[1-9]\d*$/.test(value))
    throw new Error(`${name} must be a whole number ≥ 1, got '${value}'`)
  return Number(value)
}
