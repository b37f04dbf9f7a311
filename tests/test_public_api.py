"""The public API of `loopwright/__init__.py`: every name resolves, and importing stays light."""

import subprocess
import sys

import pytest

import loopwright


@pytest.mark.parametrize("name", [n for n in loopwright.__all__ if n != "__version__"])
def test_every_public_name_resolves_to_the_object_of_its_module(name):
    import importlib

    module = importlib.import_module(loopwright._EXPORTS[name])
    assert getattr(loopwright, name) is getattr(module, name)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        loopwright.nope  # noqa: B018


def test_importing_the_package_loads_no_torch_or_langgraph():
    code = "import sys, loopwright; print(sorted(m for m in ('torch', 'langgraph') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
