#!/usr/bin/env bash
mkdir -p /workspace/olive/notes /workspace/olive/assets
