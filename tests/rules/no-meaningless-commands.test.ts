import rule from "../../rules/no-meaningless-commands.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM debian:12.7";

runRuleTests("no-meaningless-commands", rule, {
  valid: [
    lines(FROM, "RUN apt-get install -y --no-install-recommends openssh-client vim procps"),
    // Arguments and lookalikes are not the command.
    lines(FROM, "RUN echo ssh vim top && ssh-keygen -A && pkill -0 x || true"),
    lines(FROM, "RUN --mount=type=ssh git clone git@example.com:org/repo.git"),
    lines(FROM, "RUN cat <<EOF > /usr/local/bin/start", "service nginx start", "EOF"),
    lines(FROM, 'CMD ["service", "nginx", "start"]'),
    lines(FROM, 'RUN ["ps", "aux"]'),
  ],
  invalid: [
    {
      // Named in hadolint's message, though its check leaves it out.
      code: lines(FROM, "RUN ifconfig eth0"),
      errors: [{ messageId: "meaningless", line: 2, column: 5, endColumn: 13 }],
    },
    {
      code: lines(FROM, "RUN service nginx start"),
      errors: [{ messageId: "meaningless", line: 2, column: 5, endColumn: 12, data: { name: "service", reason: "starts or stops a service in the build container; it is not running when a container starts from the image" } }],
    },
    {
      code: lines(FROM, "RUN sudo -u app vim /etc/hosts"),
      errors: [{ messageId: "meaningless", column: 17, endColumn: 20 }],
    },
    {
      code: lines(FROM, "RUN ps aux | grep x; free -m && /usr/bin/top -b -n 1"),
      errors: [{ messageId: "meaningless", column: 5 }, { messageId: "meaningless", column: 22 }, { messageId: "meaningless", column: 33 }],
    },
    {
      code: lines(FROM, "RUN set -e \\", "  # stop it", "  && kill -9 $(cat /run/x.pid) \\", "  && env LANG=C mount -t tmpfs none /mnt"),
      errors: [{ messageId: "meaningless", line: 4, column: 6 }, { messageId: "meaningless", line: 5, column: 17 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "if true; then shutdown -h now; fi", "EOF"),
      errors: [{ messageId: "meaningless", line: 3, column: 15 }],
    },
    {
      code: lines(FROM, 'RUN ["/bin/sh", "-c", "ssh host true"]'),
      errors: [{ messageId: "meaningless", column: 24 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN service cron start"),
      errors: [{ messageId: "meaningless", column: 13 }],
    },
  ],
});
