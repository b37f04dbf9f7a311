#!/usr/bin/env bash
rm /workspace/island.txt
