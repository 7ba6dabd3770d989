/**
 * TLS certificates and package signatures are what tells a build it downloads the files their
 * publisher made. Turning the check off lets anyone on the path (a proxy, a hijacked mirror, a
 * poisoned DNS answer) put their own code into the image.
 */
import type { RunInstruction } from "../lib/dockerfile/ast.js";
import { createDockerfileRule } from "../lib/rule.js";
import { commandName, operands, subcommand, unwrapCommand, type ShellCommand, type ShellWord } from "../lib/shell/index.js";

interface Finding {
  word: ShellWord;
  what: string;
}

export default createDockerfileRule<{ MessageIds: "verificationOff" }>("no-disabled-verification", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow turning off TLS certificate or package signature checks in RUN (curl -k, wget --no-check-certificate, apk --allow-untrusted, ...)",
      recommended: true,
      strict: true,
      hadolint: [],
      buildkit: [],
    },
    schema: [],
    defaultOptions: [],
    messages: {
      verificationOff:
        "{{flag}} {{what}}, so a man-in-the-middle or a compromised mirror can put its own files into the image. Remove it and fix the cause instead (install the CA certificate, import the signing key).",
    },
  },
  create(context) {
    const { sourceCode } = context;
    const { runCommands } = sourceCode.analysis;

    function check(run: RunInstruction): void {
      for (const command of runCommands.commandsOf(run)) {
        for (const { word, what } of findings(command)) {
          context.report({
            loc: sourceCode.getLocFromRange(word.range),
            messageId: "verificationOff",
            data: { flag: word.text, what },
          });
        }
      }
    }

    return { RUN: check };
  },
});

const TLS = "turns off the TLS certificate check";
const SIGNATURES = "turns off the package signature check";

function findings(command: ShellCommand): Finding[] {
  const view = unwrapCommand(command);
  const name = commandName(view);
  const found: Finding[] = [];
  const add = (word: ShellWord | undefined, what: string) => word && found.push({ word, what });
  const args = optionWords(view);
  const named = (...names: string[]) => args.filter((word) => names.some((n) => word.value === n || word.value!.startsWith(`${n}=`)));

  for (const assignment of command.assignments) {
    if (assignment.name === "GIT_SSL_NO_VERIFY" && assignment.value?.value && assignment.value.value !== "0" && assignment.value.value !== "false") {
      found.push({ word: { text: assignment.name, value: assignment.name, range: assignment.range }, what: "turns off git's TLS certificate check" });
    }
  }
  switch (name) {
    case "curl":
      for (const word of args) if (word.value === "--insecure" || /^-[A-Za-z0-9]*k/u.test(word.value!) && !word.value!.startsWith("--")) add(word, TLS);
      break;
    case "wget":
      for (const word of named("--no-check-certificate")) add(word, TLS);
      break;
    case "apk":
      for (const word of named("--allow-untrusted")) add(word, SIGNATURES);
      break;
    case "apt-get":
    case "apt":
    case "aptitude":
      for (const word of named("--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes")) add(word, SIGNATURES);
      for (const [i, word] of view.args.entries()) {
        const option = word.value === "-o" ? view.args[i + 1]?.value : word.value?.startsWith("-o") ? word.value.slice(2) : null;
        if (option && /^(?:APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories|Acquire::https::Verify-Peer)=/iu.test(option)) {
          const enabled = /=(?:1|true|yes)$/iu.test(option) !== /Verify-Peer/iu.test(option);
          if (enabled) add(word.value === "-o" ? view.args[i + 1] : word, SIGNATURES);
        }
      }
      break;
    case "yum":
    case "dnf":
    case "microdnf":
    case "tdnf":
      for (const word of named("--nogpgcheck", "--no-gpgchecks")) add(word, SIGNATURES);
      break;
    case "zypper":
      for (const word of named("--no-gpg-checks")) add(word, SIGNATURES);
      break;
    case "rpm":
      for (const word of named("--nosignature", "--nodigest")) add(word, SIGNATURES);
      break;
    case "pip":
    case "pip3":
      for (const word of named("--trusted-host")) add(word, "lets pip download from that host without a valid TLS certificate");
      break;
    case "npm":
    case "yarn":
    case "pnpm":
      for (const word of named("--strict-ssl")) if (/^--strict-ssl=(?:false|0)$/u.test(word.value!)) add(word, TLS);
      for (const word of named("--no-strict-ssl")) add(word, TLS);
      add(configSet(view, "strict-ssl", /^(?:false|0)$/u), TLS);
      break;
    case "git":
      for (const [i, word] of view.args.entries()) {
        if (word.value === "-c" && /^http\.sslverify=(?:false|0|no|off)$/iu.test(view.args[i + 1]?.value ?? "")) add(view.args[i + 1], "turns off git's TLS certificate check");
      }
      add(configSet(view, "http.sslverify", /^(?:false|0|no|off)$/iu), "turns off git's TLS certificate check");
      break;
  }
  return found;
}

function optionWords(command: ShellCommand): ShellWord[] {
  const result: ShellWord[] = [];
  for (const word of command.args) {
    if (word.value === "--") break;
    if (word.value?.startsWith("-")) result.push(word);
  }
  return result;
}

/** `npm config set strict-ssl false`, `npm config set strict-ssl=false`, `git config --global http.sslVerify false`: the key word. */
function configSet(command: ShellCommand, key: string, off: RegExp): ShellWord | undefined {
  if (subcommand(command, ["-c", "-C"])?.value !== "config") return undefined;
  const words = operands(command, ["-c", "-C", "--file", "-f"]).filter((word) => word.value !== "set");
  for (const [i, word] of words.entries()) {
    const value = word.value?.toLowerCase();
    if (value === key && off.test(words[i + 1]?.value ?? "")) return word;
    if (value?.startsWith(`${key}=`) && off.test(value.slice(key.length + 1))) return word;
  }
  return undefined;
}
