#!/usr/bin/env bash
mv /workspace/cedar.txt /workspace/backup/
