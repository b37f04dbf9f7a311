"""Shared fixtures live in tests/fixtures/*, one module per resource (model, docker)."""

pytest_plugins = ["tests.fixtures.model", "tests.fixtures.docker"]
