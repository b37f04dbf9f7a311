#!/usr/bin/env bash
mkdir -p /workspace/notes && mv /workspace/walnut.txt /workspace/notes/
