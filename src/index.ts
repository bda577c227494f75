// claimscope as a library: what the CLI uses, and what users import (`import { ingest } from 'claimscope'`).
// Built to dist/ for the package; the names below are the documented API (README, "Library").

// Whole runs: a folder (or file, WARC, list) into a database, and the queries on it.
export { walkPages, type PageSource } from './pipeline/walk.ts';
export { ingest, type IngestOptions, type IngestSummary, type StageCounts } from './pipeline/runner.ts';
export { loadPipeline, parsePipeline, DEFAULT_PIPELINE, type Pipeline, type PipelineStep } from './pipeline/config.ts';
export { KNOWN_STAGES, CORPUS_STAGES, loadStage } from './pipeline/registry.ts';
export type { Stage, StageContext } from './pipeline/stage.ts';
export { openDatabase, type DB } from './store/store.ts';
export { listClaims, listEntities, listGroups, findArticle, stageStatus, type ClaimRow, type ClaimFilter, type GroupRow, type EntityRow } from './store/queries.ts';
export { exportRecords, type ExportRecord } from './store/export.ts';
export { paragraphVector, type StoredVector } from './store/vectors.ts';

// The text functions each stage is made of: pure, synchronous (detectLanguage after initLanguageDetection()).
export { decodePage, UnreadablePageError, type DecodedPage } from './text/read/decode.ts';
export { extractHtml as cleanHtml } from './text/clean/html/extract.ts';
export { cleanPlainText as cleanText } from './text/clean/plain/clean-text.ts';
export { detectLanguage, initLanguageDetection, labelArticle } from './text/language/detect.ts';
export { findQuantities, isAmount } from './text/claims/quantities/index.ts';
export { findEntities, loadAliasTable, BUILT_IN_ALIASES } from './text/claims/entities.ts';
export { extractClaims } from './text/claims/claims.ts';
export { groupClaims as compareClaims } from './text/claims/compare.ts';
export type * from './types.ts';
