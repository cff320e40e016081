import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderWithStore, withProps } from '../harness/render';
import ProjectsTable from '../../src/controls/ProjectsTable.svelte';
import ProjectStatus from '../../src/controls/ProjectStatus.svelte';
import { DEFAULT_SCENARIO } from '../../src/model';
import { FUNDING_EVENTS } from '../../src/data/selections';
import { sourceOf } from '../../src/data/sources';
import { en } from '../../src/i18n/en';
import { createFormatter } from '../../src/i18n/format';

const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
const [jbic] = FUNDING_EVENTS;
const cited = jbic?.source;
const source = cited?.kind === 'source' ? sourceOf(cited) : null;
if (!jbic || !source?.url) throw new Error('the data lost the JBIC loans and their source');
const { publisher, url } = source;
const financed = new Set(jbic.selections);
/** The JBIC loans as a row's status says them, with the date and the projects sharing them. */
const fact =
  `JBIC and private banks sign loans of more than ${fmt.yenBn(jbic.amountJpyBn)} for the three ` +
  `first projects (${fmt.date(jbic.date)}; with ${jbic.selections.length - 1} other projects)`;

/** A project's "What has happened" cell, found by its row's date field and the column's header. */
const statusOf = (id: string) => {
  const name = en[`selection.${id}` as keyof typeof en];
  const row = screen.getByLabelText(`Date: ${name}`).closest('tr')!;
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
  return within(row).getAllByRole('cell')[headers.indexOf('What has happened')]!;
};

describe('ProjectStatus', () => {
  test('the JBIC loans appear, with their source link, on the three first-tranche rows only', () => {
    renderWithStore([ProjectsTable]);
    expect(financed.size).toBe(3);
    for (const row of DEFAULT_SCENARIO.selections) {
      const status = statusOf(row.id);
      expect(status).toHaveTextContent(`Selected ${fmt.date(row.date)}`);
      const links = within(status).queryAllByRole('link', { name: publisher });
      if (financed.has(row.id)) {
        expect(status.textContent?.replace(/\s+/g, ' ')).toContain(fact);
        expect(links).toHaveLength(1);
        expect(links[0]).toHaveAttribute('href', url);
      } else {
        expect(status).not.toHaveTextContent(/JBIC/);
        expect(links).toHaveLength(0);
      }
    }
  });

  test('a first-tranche row the reader edits no longer carries the reported fact', async () => {
    renderWithStore([ProjectsTable]);
    const id = [...financed][0]!;
    const name = en[`selection.${id}` as keyof typeof en];
    await fireEvent.change(screen.getByRole('spinbutton', { name: `Value, US$ bn: ${name}` }), {
      target: { value: '5' },
    });
    expect(statusOf(id)).not.toHaveTextContent(/JBIC/);
    expect(statusOf([...financed][1]!)).toHaveTextContent(/JBIC/);
  });

  test('alone: a published row lists its financing, an unpublished one only its selection date', () => {
    const row = DEFAULT_SCENARIO.selections.find((x) => financed.has(x.id))!;
    renderWithStore([
      withProps(ProjectStatus, { row, published: true }),
      withProps(ProjectStatus, { row, published: false }),
    ]);
    expect(screen.getAllByText(`Selected ${fmt.date(row.date)}`)).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: publisher })).toHaveLength(1);
  });
});
