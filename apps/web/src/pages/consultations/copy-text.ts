import { toast } from '../../utils/toast';

/** Puts `text` on the clipboard and says whether it worked (the clipboard needs https or localhost). */
export async function copyText(text: string, done: string, failed: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    toast('success', done);
  } catch {
    toast('warning', failed);
  }
}
