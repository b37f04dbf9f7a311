#!/usr/bin/env bash
mkdir -p /workspace/maple/inbox
