import rule from "../../rules/no-sudo.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("no-sudo", rule, {
  valid: [
    lines(FROM, "RUN apt-get update"),
    lines(FROM, "USER root", "RUN apt-get update", "USER app"),
    // Not the command word.
    lines(FROM, "RUN apt-get install -y sudo && echo sudo"),
    lines(FROM, "RUN echo 'app ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/app"),
    lines(FROM, "RUN cat <<EOF > /tmp/x.sh", "sudo make install", "EOF"),
    // Plain exec form does not run a shell and is not analysed.
    lines(FROM, 'RUN ["sudo", "make", "install"]'),
    lines(FROM, 'SHELL ["pwsh", "-Command"]', "RUN sudo make install"),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN sudo apt-get update"),
      errors: [{ messageId: "sudo", line: 2, column: 5, endLine: 2, endColumn: 9 }],
    },
    {
      code: lines(FROM, "RUN make && /usr/bin/sudo -u app make install"),
      errors: [{ messageId: "sudo", line: 2, column: 13, endColumn: 26 }],
    },
    {
      code: lines(FROM, "RUN set -e; \\", "    # install as root", "    if [ -n \"$X\" ]; then sudo -E make install; fi"),
      errors: [{ messageId: "sudo", line: 4, column: 26 }],
    },
    {
      code: lines(FROM, "RUN for f in a b; do sudo rm -f $f; done || (cd /tmp && sudo true)"),
      errors: [{ messageId: "sudo", column: 22 }, { messageId: "sudo", column: 57 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "sudo make install", "EOF"),
      errors: [{ messageId: "sudo", line: 3, column: 1 }],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "sudo make install"]'),
      errors: [{ messageId: "sudo", line: 2, column: 19 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN sudo make install"),
      errors: [{ messageId: "sudo", column: 13 }],
    },
    {
      code: lines(FROM, "RUN echo `sudo id -u` | tee x"),
      errors: [{ messageId: "sudo", column: 11 }],
    },
    {
      code: lines("# escape=`", FROM, "RUN make `", "    && sudo make install"),
      errors: [{ messageId: "sudo", line: 4, column: 8 }],
    },
  ],
});
