/**
 * Everything rules share about one Dockerfile, computed on first use and kept on the source code
 * object, so that no rule re-derives stages, variables or shell commands.
 */
import type { DockerfileRoot, Instruction, RunInstruction } from "../dockerfile/ast.js";
import { runMounts, type RunMount } from "./run-mounts.js";
import { resolveBuildContext, type BuildContext, type BuildContextSettings } from "./build-context.js";
import { contextSources, type ContextSource } from "./context-sources.js";
import { CopyOperations } from "./copy-operations.js";
import { workdirSettings, type WorkdirSetting } from "./workdir-instructions.js";
import { WorkingDirectories } from "./working-directories.js";
import { userOfStage, type StageUser } from "./users.js";
import type { Stage } from "./stages.js";
import type { Expansion } from "./variable-expansion.js";
import { RunCommands } from "./run-commands.js";
import { ShellsInEffect } from "./shell-in-effect.js";
import { StageGraph } from "./stages.js";
import type { VariableScope } from "./variables.js";

export interface AnalysisSource {
  ast: DockerfileRoot;
  text: string;
  /** The Dockerfile on disk, or null for a block embedded in another file (no build context). */
  physicalPath?: string | null;
}

/** What a rule passes from its context to find the build context. */
export interface BuildContextRequest {
  cwd: string;
  settings?: { dockerfile?: BuildContextSettings } | Record<string, unknown>;
}

export class DockerfileAnalysis {
  readonly #source: AnalysisSource;
  #stages: StageGraph | undefined;
  #runCommands: RunCommands | undefined;
  #copies: CopyOperations | undefined;
  #shells: ShellsInEffect | undefined;
  #contextSources: ContextSource[] | undefined;
  #workdirs: WorkdirSetting[] | undefined;
  #workingDirectories: WorkingDirectories | undefined;
  readonly #users = new Map<Stage, StageUser>();
  readonly #mounts = new Map<RunInstruction, RunMount[]>();
  #buildContext: { key: string; value: BuildContext | null } | undefined;

  constructor(source: AnalysisSource) {
    this.#source = source;
  }

  get escapeCharacter(): string {
    return this.#source.ast.escapeCharacter;
  }

  /** Build stages, their bases and the stage graph. */
  get stages(): StageGraph {
    this.#stages ??= new StageGraph(this.#source.ast);
    return this.#stages;
  }

  /** Every RUN's shell scripts, parsed once into commands with located words. */
  get runCommands(): RunCommands {
    this.#runCommands ??= new RunCommands(this.#source.ast, this.#source.text, this.stages);
    return this.#runCommands;
  }

  /** The SHELL in effect at each instruction (inherited through FROM <stage>). */
  get shells(): ShellsInEffect {
    this.#shells ??= new ShellsInEffect(this.stages);
    return this.#shells;
  }

  /** Every COPY and ADD: sources, destination, and whether they read the build context. */
  get copies(): CopyOperations {
    this.#copies ??= new CopyOperations(this.stages, this.escapeCharacter);
    return this.#copies;
  }

  /** A RUN's `--mount`s, with targets expanded (see `layerFreeMountFor` in run-mounts.ts). */
  mountsOf(run: RunInstruction): RunMount[] {
    let mounts = this.#mounts.get(run);
    if (!mounts) {
      mounts = runMounts(run, this.scopeAt(run), this.escapeCharacter);
      this.#mounts.set(run, mounts);
    }
    return mounts;
  }

  /** COPY/ADD sources read from the build context (ONBUILD triggers aside), in order. */
  get contextSources(): ContextSource[] {
    this.#contextSources ??= contextSources(this.copies, this.escapeCharacter);
    return this.#contextSources;
  }

  /** Every WORKDIR with its expanded path, and whether one was set before it in the build. */
  get workdirs(): WorkdirSetting[] {
    this.#workdirs ??= workdirSettings(this.stages, this.escapeCharacter);
    return this.#workdirs;
  }

  /** The working directory each instruction runs in, as far as the file tells. */
  get workingDirectories(): WorkingDirectories {
    this.#workingDirectories ??= new WorkingDirectories(this.stages, this.escapeCharacter);
    return this.#workingDirectories;
  }

  /** The user a stage runs as (its own USER, an ancestor stage's, or the base image's). */
  userOf(stage: Stage): StageUser {
    let user = this.#users.get(stage);
    if (!user) {
      user = userOfStage(stage, this.stages, this.escapeCharacter);
      this.#users.set(stage, user);
    }
    return user;
  }

  /**
   * The build context the Dockerfile is built with (its folder unless `settings.dockerfile.contexts`
   * says otherwise) and the ignore file in effect. Null for embedded blocks, which have none.
   */
  buildContext({ cwd, settings }: BuildContextRequest): BuildContext | null {
    const physicalPath = this.#source.physicalPath ?? null;
    if (physicalPath === null) return null;
    const dockerfileSettings = (settings?.dockerfile ?? {}) as BuildContextSettings;
    const key = `${cwd}\0${JSON.stringify([dockerfileSettings.contexts ?? null, dockerfileSettings.composeContexts ?? true])}`;
    if (this.#buildContext?.key !== key) {
      const value = resolveBuildContext({ dockerfilePath: physicalPath, cwd, settings: dockerfileSettings });
      this.#buildContext = { key, value };
    }
    return this.#buildContext.value;
  }

  /** The ARG/ENV variables an instruction sees. */
  scopeAt(instruction: Instruction): VariableScope {
    return this.stages.scopeAt(instruction);
  }

  /** Expands `$VAR`/`${VAR:-x}` in a word as the instruction would see it. */
  expand(text: string, at: Instruction): Expansion {
    return this.scopeAt(at).expand(text, this.escapeCharacter);
  }
}
