#!/usr/bin/env bash
mkdir -p /workspace/notes/willow && mv /workspace/willow.txt /workspace/notes/willow/
