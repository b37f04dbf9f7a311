#!/usr/bin/env bash
rm /workspace/garnet.txt
