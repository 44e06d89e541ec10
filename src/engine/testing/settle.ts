/** Lets answers given during the last call or advance reach their `then` handlers. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.resolve();
}
