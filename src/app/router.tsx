import { createBrowserRouter } from 'react-router';
import { DeckScreen } from '../features/decks/DeckScreen';
import { DecksScreen } from '../features/decks/DecksScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { Layout } from './Layout';
import { NotFoundScreen } from './NotFoundScreen';

// Decks and Review are the daily path and load with the shell; every other screen is its own chunk.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <DecksScreen /> },
      { path: 'decks/:deckId', element: <DeckScreen /> },
      { path: 'review', element: <ReviewScreen /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
]);
