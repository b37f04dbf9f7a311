#!/usr/bin/env bash
rm /workspace/brick.txt
