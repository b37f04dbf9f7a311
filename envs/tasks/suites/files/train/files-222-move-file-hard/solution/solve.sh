#!/usr/bin/env bash
mkdir -p /workspace/docs/brick && mv /workspace/timber.txt /workspace/docs/brick/
