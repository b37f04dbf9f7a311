#!/usr/bin/env bash
mkdir -p /workspace/velvet/src /workspace/velvet/docs
