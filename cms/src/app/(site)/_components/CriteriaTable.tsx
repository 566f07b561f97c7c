import type { Criterion } from '../../../accessibility/types.js'
import { statusLabels } from '../../../accessibility/statusLabels.js'

/**
 * One principle's criteria as a table: number, name, level, status and how we know. On a narrow screen the
 * table scrolls in its own frame (a data table may, WCAG 1.4.10), which a keyboard user can focus and scroll.
 */
export function CriteriaTable({ id, caption, criteria }: { id: string; caption: string; criteria: readonly Criterion[] }) {
  return (
    <div className="table-frame" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="criteria">
        <caption id={id}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Krav</th>
            <th scope="col">Navn</th>
            <th scope="col">Nivå</th>
            <th scope="col">Status</th>
            <th scope="col">Slik vet vi det</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.id} id={`krav-${criterion.id}`}>
              <th scope="row">{criterion.id}</th>
              <td>{criterion.name}</td>
              <td>{criterion.level}</td>
              <td className={`status status-${criterion.status}`}>{statusLabels[criterion.status]}</td>
              <td>
                {criterion.how}
                {criterion.checkedBy.length > 0 ? (
                  <>
                    {' '}
                    Testene: {criterion.checkedBy.map((file, index) => (
                      <span key={file}>
                        {index > 0 ? ', ' : ''}
                        <code>{file}</code>
                      </span>
                    ))}
                    .
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
