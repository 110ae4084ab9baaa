// The official `ovh` client ships no types; this is the part of it the OVHcloud provider uses.
declare module 'ovh' {
  interface OvhClient {
    requestPromised(method: string, path: string, params?: Record<string, unknown>): Promise<unknown>;
  }
  interface OvhOptions {
    appKey: string;
    appSecret: string;
    consumerKey: string;
    host?: string;
    port?: number;
    basePath?: string;
    timeout?: number;
  }
  function ovh(options: OvhOptions): OvhClient;
  export default ovh;
}
