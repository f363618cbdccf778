type Props = { pageIndex: number; pageCount: number; onGo: (pageIndex: number) => void };

/** Previous and next page, with where the user is; hidden when everything fits on one page. */
export function BrowsePager({ pageIndex, pageCount, onGo }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="browse-pager" aria-label="Result pages">
      <button type="button" disabled={pageIndex === 0} onClick={() => onGo(pageIndex - 1)}>
        Previous page
      </button>
      <span>
        Page {pageIndex + 1} of {pageCount}
      </span>
      <button
        type="button"
        disabled={pageIndex >= pageCount - 1}
        onClick={() => onGo(pageIndex + 1)}
      >
        Next page
      </button>
    </nav>
  );
}
