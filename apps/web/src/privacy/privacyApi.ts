import { api } from '../api/client';

export interface ErasureReply {
  accountId: string;
  erasedAt: string;
}

/** The person's rights over their data: a copy of all of it, and the deletion of the account. */
export const privacyApi = {
  /** Saves passerelle-data-YYYY-MM-DD.json through the browser's download. */
  async downloadMyData(): Promise<void> {
    const { blob, fileName } = await api.download('/me/data');
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName ?? 'passerelle-data.json';
    document.body.append(link);
    link.click();
    link.remove();
    // The click has handed the file to the browser; the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  },

  deleteMyAccount(currentPassword: string): Promise<ErasureReply> {
    return api.call<ErasureReply>('DELETE', '/me', { currentPassword });
  },
};
