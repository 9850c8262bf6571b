/**
 * The whole graph in and out as a <b>graph file</b>: JSON Lines, UTF-8, one article a line, each line ending in
 * {@code \n}. It is the {@code articles.jsonl} format of {@code bench/gen.py}, which this package reads as is, plus
 * optional fields for what the service knows beyond it:
 *
 * <pre>
 * {id, url, title, published_at, language, body, raw_body?, content_hash?, ingested_at?,
 *  outlet {id, name, country, language},
 *  events [{id, kind, title, title_ar?, starts_on, ends_on?, location, confidence?,
 *           mention? {span?, start_offset?, end_offset?}, claims? [{id, attribute, value, span, start_offset, end_offset}],
 *           participants [PERSON]}],
 *  quotes [{id, position, kind, text, cue?, start_offset?, end_offset?, confidence?, rule?, speaker PERSON|null,
 *           speaker_span?, speaker_confidence?, speaker_rule?, event_id|null, event_confidence?, event_rule?}]}
 * PERSON = {id, name, name_ar?, role?, kind?, role_source?, aliases? [{alias, editorial?}]}
 * </pre>
 *
 * Kinds are written lower-case (phone_call, direct, anonymous). Ids are kept, so id lists made for one copy of the data
 * address the same rows in another. Names: the service is Arabic-first, so the stored person name and event title are
 * {@code name_ar}/{@code title_ar} when given, and the Latin {@code name}/{@code title} go to {@code person.name_en} and
 * {@code event.title_en} (V2 migration). Without {@code aliases}, a person's aliases are its Arabic and Latin names;
 * person tokens are derived from the aliases as ingestion derives them, so later ingestion matches imported people.
 * An article's {@code events} are the events it mentions (one event_mention each, with this article's claims); a quote's
 * {@code event_id} must be one of them. People and events repeat on every line that names them; the first copy is
 * written. Optional fields are omitted when absent, and a confidence when it is the default 1.
 * <p>
 * Export order, which makes the same data give the same bytes: articles by id, quotes by position, an article's events
 * by id, participants by person id, aliases by alias id, claims by id. Export then import into an empty database then
 * export gives an identical file, on H2 and PostgreSQL alike: this is how a database moves from H2 to PostgreSQL.
 * <p>
 * Not carried: people no quote or event of an article reaches (say, a person ingestion found named but neither
 * quoted nor taking part), events no article mentions, and claims of an (event, article) pair without a mention.
 */
package org.newsgraph.graph;
