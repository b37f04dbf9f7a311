#!/usr/bin/env bash
mkdir -p /workspace/old/sunny && mv /workspace/cedar.txt /workspace/orchid.txt /workspace/brick.txt /workspace/falcon.txt /workspace/quartz.txt /workspace/old/sunny/
