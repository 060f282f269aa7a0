/** The text alternative of a chart: the same numbers as a table that screen readers read. */
export function ChartTable({ headers, rows }: { headers: [string, string]; rows: [string, string][] }) {
  return (
    <table className="visually-hidden">
      <thead>
        <tr>
          <th scope="col">{headers[0]}</th>
          <th scope="col">{headers[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([a, b]) => (
          <tr key={a}>
            <td>{a}</td>
            <td>{b}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
