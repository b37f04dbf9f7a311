#!/usr/bin/env bash
mkdir -p /workspace/apple/inbox /workspace/apple/data /workspace/apple/src
