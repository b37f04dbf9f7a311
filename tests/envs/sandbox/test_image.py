"""The sandbox image: cached by recipe hash, `--from` a local image, clear errors."""

import pytest

from loopwright.envs.sandbox import (
    DockerSandbox,
    ImageRecipe,
    SandboxError,
    build_from,
    ensure_image,
)
from loopwright.envs.sandbox import image as image_module


def test_recipe_hash_is_stable_and_follows_the_recipe():
    assert ImageRecipe().digest() == ImageRecipe().digest()
    assert ImageRecipe().tag == f"loopwright-sandbox:{ImageRecipe().digest()}"
    assert len(ImageRecipe().digest()) == 12
    more = ImageRecipe(packages=(*ImageRecipe().packages, "curl"))
    assert more.digest() != ImageRecipe().digest()
    assert ImageRecipe(layout_version=2).digest() != ImageRecipe().digest()


@pytest.mark.docker
def test_ensure_image_reuses_the_cached_tag(sandbox_image, docker_client):
    assert sandbox_image == ImageRecipe().tag
    created = docker_client.api.inspect_image(sandbox_image)["Created"]
    assert ensure_image(quiet=True) == sandbox_image
    assert docker_client.api.inspect_image(sandbox_image)["Created"] == created


@pytest.mark.docker
def test_build_from_a_local_image_gives_a_working_sandbox(sandbox_image):
    tag = build_from(sandbox_image, quiet=True)
    assert tag.startswith("loopwright-sandbox:from-")
    assert build_from(sandbox_image, quiet=True) == tag  # cached
    with DockerSandbox(tag) as sandbox:
        assert sandbox.exec("id -u; pwd").stdout == "1000\n/workspace\n"


def test_no_engine_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    with pytest.raises(SandboxError, match="no Docker engine answers: start it"):
        ensure_image()
    with pytest.raises(SandboxError, match="no Docker engine answers"):
        DockerSandbox("loopwright-sandbox:any")


def test_missing_debootstrap_or_root_says_how_to_fix(monkeypatch):
    monkeypatch.setattr(image_module.shutil, "which", lambda name: None)
    with pytest.raises(SandboxError, match="apt-get install debootstrap.*--from IMAGE"):
        image_module._build_debootstrap(ImageRecipe(), quiet=True)
    monkeypatch.setattr(image_module.shutil, "which", lambda name: "/usr/sbin/debootstrap")
    monkeypatch.setattr(image_module.os, "geteuid", lambda: 1000)
    with pytest.raises(SandboxError, match="debootstrap needs root: run `sudo loopwright"):
        image_module._build_debootstrap(ImageRecipe(), quiet=True)


@pytest.mark.docker
def test_killed_container_is_reported_dead_with_a_clear_error(sandbox_image, docker_client):
    sandbox = DockerSandbox(sandbox_image)
    try:
        docker_client.api.kill(sandbox.container_id)
        with pytest.raises(SandboxError, match="start a new sandbox"):
            sandbox.exec("echo hi")
    finally:
        sandbox.close()


@pytest.mark.docker
def test_rootfs_import_tags_the_image_with_user_workdir_and_env(tmp_path, docker_client):
    rootfs = tmp_path / "rootfs"
    (rootfs / "etc").mkdir(parents=True)
    (rootfs / "etc" / "hostname").write_text("sandbox\n")
    recipe = ImageRecipe(layout_version=-1)  # a tag no real build uses
    image_module._import_rootfs(rootfs, recipe, quiet=True)
    try:
        config = docker_client.api.inspect_image(recipe.tag)["Config"]
        assert config["User"] == "1000:1000" and config["WorkingDir"] == "/workspace"
        assert "LANG=C.UTF-8" in config["Env"] and config["Cmd"] == ["sleep", "infinity"]
    finally:
        docker_client.api.remove_image(recipe.tag, force=True)
