/**
 * Hands a file to the browser's download: the one way the app saves a file (exports, tables,
 * stories, layers). The link is in the page while it is clicked (Firefox needs that), and the
 * object URL is released once the download has had time to start.
 */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
