/** PDF of a generated document; opened inline to preview, or downloaded. */
export const documentContentUrl = (id: number) => `/api/documents/${id}/content`;
