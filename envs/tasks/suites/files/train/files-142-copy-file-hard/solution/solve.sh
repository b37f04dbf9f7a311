#!/usr/bin/env bash
mkdir -p /workspace/notes/willow && cp /workspace/nectar.txt /workspace/notes/willow/falcon.txt
