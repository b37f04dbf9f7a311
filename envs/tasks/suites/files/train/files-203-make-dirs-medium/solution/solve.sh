#!/usr/bin/env bash
mkdir -p /workspace/tiger/inbox /workspace/tiger/docs /workspace/tiger/archive
