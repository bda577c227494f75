// claimscope as a library: what the CLI uses, and what users import.
export { walkPages, type PageSource } from './pipeline/walk.ts';
export { ingest, type IngestOptions, type IngestSummary, type StageCounts } from './pipeline/runner.ts';
export { loadPipeline, parsePipeline, DEFAULT_PIPELINE, type Pipeline, type PipelineStep } from './pipeline/config.ts';
export { KNOWN_STAGES, CORPUS_STAGES, loadStage } from './pipeline/registry.ts';
export type { Stage, StageContext } from './pipeline/stage.ts';
export { openDatabase, type DB } from './store/store.ts';
export { listClaims, listEntities, listGroups, findArticle, stageStatus, type ClaimRow, type ClaimFilter, type GroupRow, type EntityRow } from './store/queries.ts';
export { exportRecords, type ExportRecord } from './store/export.ts';
export { findQuantities } from './text/claims/quantities/index.ts';
export { decodePage, UnreadablePageError, type DecodedPage } from './text/read/decode.ts';
export type * from './types.ts';
