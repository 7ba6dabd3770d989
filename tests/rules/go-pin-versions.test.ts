import rule from "../../rules/go-pin-versions.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM golang:1.23";

runRuleTests("go-pin-versions", rule, {
  valid: [
    lines(FROM, "RUN go install golang.org/x/tools/gopls@v0.16.2 && go run example.com/cmd/gen@v1.2.3 -out x"),
    // Local packages, and go run, take the version from the module's go.mod.
    lines(FROM, "RUN go install ./... && go install . && go run ./cmd/server && go run example.com/app/cmd/tool"),
    lines(FROM, "RUN go get example.com/lib@v1.4.0 && go get example.com/old@none && go get ./..."),
    lines(FROM, "RUN go install -ldflags '-s -w' -tags netgo example.com/cmd@3f2c1d0"),
    lines(FROM, "ARG GOPLS_VERSION=v0.16.2", "RUN go install golang.org/x/tools/gopls@${GOPLS_VERSION}"),
    lines(FROM, "ARG TOOL", "RUN go install $TOOL"),
    lines(FROM, "RUN go build -o /app ./cmd/app && go mod download"),
    lines(FROM, 'RUN ["go", "install", "example.com/cmd@latest"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN go install golang.org/x/tools/gopls@latest"),
      errors: [
        {
          messageId: "unpinned",
          data: { spec: "golang.org/x/tools/gopls@latest", name: "golang.org/x/tools/gopls" },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 47,
        },
      ],
    },
    {
      code: lines(FROM, "RUN go get -u example.com/lib && go run example.com/gen@master -x && go install example.com/a@upgrade"),
      errors: [
        { messageId: "unpinned", data: { spec: "example.com/lib", name: "example.com/lib" }, column: 15 },
        { messageId: "unpinned", data: { spec: "example.com/gen@master", name: "example.com/gen" }, column: 41 },
        { messageId: "unpinned", column: 81 },
      ],
    },
    {
      code: lines(FROM, "RUN CGO_ENABLED=0 \\", "    # static build", "    go install -trimpath example.com/cmd@latest"),
      errors: [{ messageId: "unpinned", line: 4, column: 26 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "go install example.com/cmd@latest", "EOF"),
      errors: [{ messageId: "unpinned", line: 3, column: 12 }],
    },
    {
      code: lines(FROM, 'RUN ["sh", "-c", "go install example.com/cmd@latest"]'),
      errors: [{ messageId: "unpinned", line: 2, column: 30 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN go install example.com/cmd@latest"),
      errors: [{ messageId: "unpinned", column: 24 }],
    },
  ],
});
