#!/usr/bin/env bash
rm /workspace/garnet.txt /workspace/raven.txt
