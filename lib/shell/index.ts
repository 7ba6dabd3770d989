export type { Range, ShellAssignment, ShellCommand, ShellPipeline, ShellRedirect, ShellScript, ShellWord } from "./model.js";
export { parseShell } from "./parse.js";
export { commandName, hasOption, operands, optionValue, shellScriptArgument, subcommand, unwrapCommand } from "./query.js";
export { heredocSource, jsonStringSource, LinearSource, shellFormSource, type ShellSource } from "./source.js";
