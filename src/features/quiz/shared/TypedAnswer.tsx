/** What the user wrote, shown as written (line breaks kept), to set beside the interview answer. */
export function TypedAnswer({ text }: { text: string }) {
  return (
    <section className="card-panel typed-answer" aria-label="Your typed answer">
      <h3 className="panel-title">Your answer</h3>
      {text.trim() ? (
        <p className="typed-text">{text}</p>
      ) : (
        <p className="meta">No answer given.</p>
      )}
    </section>
  );
}
