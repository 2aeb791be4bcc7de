export async function seedDemo(
  ..._a: unknown[]
): Promise<{ email: string; password: string; file: string } | null> {
  return null;
}
