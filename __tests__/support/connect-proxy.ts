import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'

export interface ConnectProxy {
  url: string
  /** The `host:port` targets of every CONNECT, in order. */
  tunnels: string[]
  close(): Promise<void>
}

/**
 * A forward proxy on 127.0.0.1 that tunnels CONNECT requests, as corporate proxies do. Host names
 * in `hosts` resolve to the address given, so a test can name the emulator by a host that only the
 * proxy knows: http-client never proxies loopback addresses. A `stall` proxy accepts CONNECT
 * and never answers; a `require-auth` one answers 407.
 */
export async function startConnectProxy(
  hosts: Record<string, string>,
  behaviour: 'tunnel' | 'stall' | 'require-auth' = 'tunnel'
): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((_request, response) => {
    response.writeHead(405).end('CONNECT only')
  })
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    const target = request.url ?? ''
    tunnels.push(target)
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => undefined)
    if (behaviour === 'stall') return
    if (behaviour === 'require-auth') {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')
      return
    }
    const [host = '', port = '80'] = target.split(':')
    const address = hosts[host]
    if (!address) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(Number(port), address, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => undefined)
    }
    upstream.on('close', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('proxy has no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    tunnels,
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
