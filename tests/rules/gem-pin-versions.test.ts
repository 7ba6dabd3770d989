import rule from "../../rules/gem-pin-versions.js";
import { lines, runRuleTests } from "../rule-tester.js";

const FROM = "FROM ruby:3.3-slim";

runRuleTests("gem-pin-versions", rule, {
  valid: [
    lines(FROM, "RUN gem install bundler:2.5.23 && gem i rake:13.2.1"),
    lines(FROM, "RUN gem install rails -v 7.1.3 && gem install rake --version=13.2.1 && gem install nokogiri --version '~> 1.16'"),
    lines(FROM, "RUN gem install nokogiri:1.16.7 -- --use-system-libraries"),
    lines(FROM, "RUN gem install -g Gemfile && bundle install && gem update --system 3.5.22"),
    lines(FROM, "RUN gem install ./vendor/cache/private-1.0.0.gem"),
    lines(FROM, "ARG BUNDLER_VERSION=2.5.23", 'RUN gem install "bundler:${BUNDLER_VERSION}"'),
    lines(FROM, "ARG GEMS", "RUN gem install $GEMS"),
    lines(FROM, 'RUN ["gem", "install", "rails"]'),
  ],
  invalid: [
    {
      code: lines(FROM, "RUN gem install --no-document bundler"),
      errors: [{ messageId: "unpinned", data: { spec: "bundler", name: "bundler" }, line: 2, column: 31, endLine: 2, endColumn: 38 }],
    },
    {
      code: lines(FROM, "RUN gem i bundler:2 nokogiri -- --use-system-libraries && sudo gem install -N rake || true"),
      errors: [
        { messageId: "unpinned", data: { spec: "nokogiri", name: "nokogiri" }, column: 21 },
        { messageId: "unpinned", data: { spec: "rake", name: "rake" }, column: 79 },
      ],
    },
    {
      code: lines(FROM, "RUN set -e; \\", "    # tooling", "    gem install rubocop"),
      errors: [{ messageId: "unpinned", line: 4, column: 17 }],
    },
    {
      code: lines(FROM, "RUN <<EOF", "gem install rubocop", "EOF"),
      errors: [{ messageId: "unpinned", line: 3, column: 13 }],
    },
    {
      code: lines(FROM, 'RUN ["bash", "-c", "gem install rubocop"]'),
      errors: [{ messageId: "unpinned", line: 2, column: 33 }],
    },
    {
      code: lines(FROM, "ONBUILD RUN gem install rubocop"),
      errors: [{ messageId: "unpinned", column: 25 }],
    },
  ],
});
