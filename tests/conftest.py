"""Shared fixtures live in tests/fixtures/*, one module per resource (model, docker, tracing)."""

pytest_plugins = ["tests.fixtures.model", "tests.fixtures.docker", "tests.fixtures.tracing"]
