/** What a failed PnPjs call carried: SharePoint's status and error body (PnPjs puts the body after "::> "). */
export async function spFailure(call: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await call;
  } catch (error) {
    const { status, message } = error as { status?: number; message: string };
    const body = message.includes("::> ") ? (JSON.parse(message.slice(message.indexOf("::> ") + 4)) as Record<string, { code: string; message: { value: string } }>) : {};
    const detail = body["odata.error"] ?? body.error;
    return { status: status ?? 0, code: detail?.code ?? "", message: detail?.message.value ?? message };
  }
  throw new Error("The call succeeded; it was expected to fail.");
}
