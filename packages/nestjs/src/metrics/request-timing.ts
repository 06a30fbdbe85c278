/** What an adapter's hook reports once a response is sent. */
export type RequestTiming = (method: string, route: string | undefined, statusCode: number, seconds: number) => void;
