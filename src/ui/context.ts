import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Chat } from '../chat/Chat';

export const ChatContext = createContext<Chat | null>(null);

/** The chat of the widget that renders this component. */
export function useChat(): Chat {
  const chat = useContext(ChatContext);
  if (!chat) throw new Error('FaqChat: a component was rendered outside its widget.');
  return chat;
}
