import { create } from 'zustand';
import type { ApiError } from '../api';
import { errorTitle } from '../api';

export interface Toast {
  id: string;
  type: 'success' | 'error' | 'warning' | 'info';
  header: string;
  content?: string;
}

interface UiState {
  toasts: Toast[];
  toast: (toast: Omit<Toast, 'id'>) => void;
  toastError: (error: ApiError) => void;
  dismiss: (id: string) => void;
}

let counter = 0;

/** App-wide notifications (the Flashbar on top of every screen). */
export const useUi = create<UiState>((set) => ({
  toasts: [],
  toast(toast) {
    counter += 1;
    const id = `toast-${counter}`;
    set((s) => ({ toasts: [...s.toasts.slice(-4), { ...toast, id }] }));
  },
  toastError(error) {
    counter += 1;
    const id = `toast-${counter}`;
    const hint = error.details?.hint ? ` ${error.details.hint}` : '';
    set((s) => ({
      toasts: [
        ...s.toasts.slice(-4),
        { id, type: 'error', header: `${errorTitle(error.code)} (${error.code})`, content: `${error.message}${hint}` },
      ],
    }));
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
}));
