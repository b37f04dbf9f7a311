"""Which image a task runs in: its own `[environment] image`, an image built from its
`environment/Dockerfile` on top of our sandbox image, or the sandbox image itself.

A task Dockerfile starts with `ARG BASE_IMAGE` / `FROM ${BASE_IMAGE}`; we pass our sandbox
image tag as that build argument (there is no registry, so nothing is pulled). Builds are
cached by a hash of the Dockerfile and the base tag.
"""

import hashlib

from loopwright.envs.sandbox.engine import connect
from loopwright.envs.sandbox.image import build_image, image_exists
from loopwright.envs.tasks.task import Task

TASK_IMAGE_REPO = "loopwright-task"


def task_image(task: Task, base_image: str) -> str:
    if task.config.environment.image:
        return task.config.environment.image
    dockerfile = task.dockerfile
    if dockerfile is None:
        return base_image
    digest = hashlib.sha256(dockerfile.read_bytes() + base_image.encode()).hexdigest()[:12]
    tag = f"{TASK_IMAGE_REPO}:{digest}"
    if image_exists(connect(), tag):
        return tag
    build_image(dockerfile.parent, tag, f"{task.path}: building environment/Dockerfile",
                dockerfile=dockerfile, build_args={"BASE_IMAGE": base_image}, quiet=True)
    return tag
